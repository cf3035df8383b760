//! TLS for the network transports (`wss://`, `mqtts://`): rustls with the
//! `ring` provider, so nothing but Rust and a C compiler is needed to build.
//!
//! The server is always verified: against the CA certificates given, or the
//! system's trust store when none are. A client certificate and key turn on
//! mutual TLS (the manual's WLAN security settings allow either).

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};

/// The server side's configuration type, for [`server_config`] and
/// `WebSocketTransport::accept_tls` (so servers need not name rustls).
pub use rustls::ServerConfig;

/// Where the trust anchors and the optional client identity come from, as PEM text.
#[derive(Clone, Default)]
pub struct TlsOptions {
    /// CA certificates (PEM) that may sign the server's certificate; `None`
    /// uses the system's trust store.
    pub ca_pem: Option<Vec<u8>>,
    /// Client certificate chain (PEM) for mutual TLS.
    pub client_cert_pem: Option<Vec<u8>>,
    /// The client certificate's private key (PEM).
    pub client_key_pem: Option<Vec<u8>>,
}

impl fmt::Debug for TlsOptions {
    // Never print key material.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsOptions")
            .field("ca", &self.ca_pem.as_ref().map(|_| "<pem>"))
            .field(
                "client_cert",
                &self.client_cert_pem.as_ref().map(|_| "<pem>"),
            )
            .field(
                "client_key",
                &self.client_key_pem.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl TlsOptions {
    /// Reads the PEM files given (any may be `None`).
    pub fn from_files(
        ca: Option<&Path>,
        client_cert: Option<&Path>,
        client_key: Option<&Path>,
    ) -> Result<Self, String> {
        let read = |p: Option<&Path>| {
            p.map(|p| std::fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display())))
                .transpose()
        };
        Ok(Self {
            ca_pem: read(ca)?,
            client_cert_pem: read(client_cert)?,
            client_key_pem: read(client_key)?,
        })
    }

    /// A rustls client configuration: server verification against
    /// [`ca_pem`](Self::ca_pem) (or the system roots), and the client
    /// certificate when both it and its key are given.
    pub fn client_config(&self) -> Result<Arc<ClientConfig>, String> {
        self.client_config_for(None)
    }

    /// As [`client_config`](Self::client_config), but with `peer_name` the
    /// server certificate must be valid for that name instead of the host
    /// connected to: what a WLAN reader's MQTT Peer Common Name property
    /// (1.2.2.1.2.9) does when its broker address is an IP address or an alias.
    pub fn client_config_for(&self, peer_name: Option<&str>) -> Result<Arc<ClientConfig>, String> {
        if self.client_cert_pem.is_some() != self.client_key_pem.is_some() {
            return Err("mutual TLS needs both a client certificate and its key".into());
        }
        let mut roots = RootCertStore::empty();
        match &self.ca_pem {
            Some(pem) => {
                for cert in CertificateDer::pem_slice_iter(pem) {
                    let cert = cert.map_err(|e| format!("CA certificates: {e}"))?;
                    roots
                        .add(cert)
                        .map_err(|e| format!("CA certificate refused: {e}"))?;
                }
                if roots.is_empty() {
                    return Err("the CA file holds no certificate".into());
                }
            }
            None => {
                let found = rustls_native_certs::load_native_certs();
                roots.add_parsable_certificates(found.certs);
                if roots.is_empty() {
                    return Err(
                        "no CA file given and the system has no trusted certificates".into(),
                    );
                }
            }
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| e.to_string())?;
        let builder = match peer_name {
            None => builder.with_root_certificates(roots),
            Some(name) => {
                let peer = ServerName::try_from(name.to_owned())
                    .map_err(|_| format!("{name:?} is not a valid peer name"))?;
                let webpki = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider)
                    .build()
                    .map_err(|e| e.to_string())?;
                builder
                    .dangerous()
                    .with_custom_certificate_verifier(Arc::new(PeerNameVerifier { webpki, peer }))
            }
        };
        let config = match (&self.client_cert_pem, &self.client_key_pem) {
            (Some(cert), Some(key)) => {
                let chain = CertificateDer::pem_slice_iter(cert)
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| format!("client certificate: {e}"))?;
                if chain.is_empty() {
                    return Err("the client certificate file holds no certificate".into());
                }
                // The key's own error text could quote key bytes: say only what failed.
                let key = PrivateKeyDer::from_pem_slice(key)
                    .map_err(|_| "the client key file holds no readable private key".to_string())?;
                builder
                    .with_client_auth_cert(chain, key)
                    .map_err(|e| format!("client certificate and key: {e}"))?
            }
            _ => builder.with_no_client_auth(),
        };
        Ok(Arc::new(config))
    }
}

/// Full WebPKI verification of the server, against a fixed peer name
/// instead of the name connected to.
#[derive(Debug)]
struct PeerNameVerifier {
    webpki: Arc<WebPkiServerVerifier>,
    peer: ServerName<'static>,
}

impl ServerCertVerifier for PeerNameVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _connected_to: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        self.webpki
            .verify_server_cert(end_entity, intermediates, &self.peer, ocsp_response, now)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.webpki.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.webpki.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.webpki.supported_verify_schemes()
    }
}

/// A rustls server configuration (no client certificates asked) from a
/// certificate chain and its private key, both PEM: what a simulator or test
/// server presents on `wss://`.
pub fn server_config(cert_pem: &[u8], key_pem: &[u8]) -> Result<Arc<ServerConfig>, String> {
    let chain = CertificateDer::pem_slice_iter(cert_pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("server certificate: {e}"))?;
    if chain.is_empty() {
        return Err("the server certificate file holds no certificate".into());
    }
    // As for client keys: never echo what a key file held.
    let key = PrivateKeyDer::from_pem_slice(key_pem)
        .map_err(|_| "the server key file holds no readable private key".to_string())?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| format!("server certificate and key: {e}"))?;
    Ok(Arc::new(config))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_inputs_are_explained() {
        let only_cert = TlsOptions {
            ca_pem: Some(b"-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n".to_vec()),
            ..Default::default()
        };
        assert!(only_cert.client_config().is_err());
        let empty_ca = TlsOptions {
            ca_pem: Some(b"nothing here".to_vec()),
            ..Default::default()
        };
        let e = empty_ca.client_config().unwrap_err();
        assert!(e.contains("no certificate"), "{e}");
        let half = TlsOptions {
            client_cert_pem: Some(Vec::new()),
            ..Default::default()
        };
        assert!(half.client_config().unwrap_err().contains("both"));
        assert!(!format!("{half:?}").contains('['));
        let e = server_config(b"", b"").unwrap_err();
        assert!(e.contains("no certificate"), "{e}");
    }
}
