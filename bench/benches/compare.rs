//! The same structures decoded and encoded by mms (generated types and the
//! zero-copy walk), `rasn` (DER) and RustCrypto `der` (borrowed and owned
//! types): S1 the Start Send File (`D812`) request body, S2 a Start
//! Transaction request body, S3 a 640 KiB data file, and an ARQC container.
//!
//! `rasn` and `der` read each body inside an outer `30` SEQUENCE; mms reads the
//! bare body (S3: the whole data file message, envelope included). Neither
//! crate can name the ARQC tags `9F02`, `9F03`, `9F10` and `9F1A` (multi-byte
//! tags for numbers below 31 are not canonical: `der` rejects them, `rasn`
//! writes them as one byte), so the ARQC rows compare a container without
//! those four tags, and mms alone decodes the full one.
//!
//! Run: `cargo bench -p mms-bench --bench compare -- --warm-up-time 1 --measurement-time 3`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use mms_bench as inputs;
use mms_codec::{Contents, DecodeContext, Tlv, TlvIter, Unknown};
use mms_protocol::generated::commands::{
    start_send_file_to_device_unsecured as d812, start_transaction,
};
use mms_protocol::Message;
use std::hint::black_box;

/// The ARQC container as an mms derived type (EMV tags as fixed-width values).
#[derive(Tlv, Clone, Debug, Default, PartialEq, Eq)]
struct Arqc {
    #[tlv(tag = 0x9F02)]
    amount_authorised: Option<[u8; 6]>,
    #[tlv(tag = 0x9F03)]
    amount_other: Option<[u8; 6]>,
    #[tlv(tag = 0x9F26)]
    cryptogram: Option<[u8; 8]>,
    #[tlv(tag = 0x82)]
    aip: Option<[u8; 2]>,
    #[tlv(tag = 0x9F36)]
    atc: Option<[u8; 2]>,
    #[tlv(tag = 0x9F27)]
    cid: Option<u8>,
    #[tlv(tag = 0x9F10)]
    iad: Option<Vec<u8>>,
    #[tlv(tag = 0x9F37)]
    unpredictable_number: Option<[u8; 4]>,
    #[tlv(tag = 0x95)]
    tvr: Option<[u8; 5]>,
    #[tlv(tag = 0x9A)]
    date: Option<[u8; 3]>,
    #[tlv(tag = 0x9C)]
    transaction_type: Option<u8>,
    #[tlv(tag = 0x5F2A)]
    currency: Option<[u8; 2]>,
    #[tlv(tag = 0x9F1A)]
    country: Option<[u8; 2]>,
    #[tlv(unknown)]
    unknown: Unknown,
}

mod rasn_model {
    use rasn::prelude::*;

    #[derive(AsnType, Decode, Encode, Debug, PartialEq)]
    pub struct S1 {
        #[rasn(tag(context, 1))]
        pub file_id: OctetString,
        #[rasn(tag(context, 2))]
        pub properties: S1Properties,
        #[rasn(tag(context, 3))]
        pub description: S1Description,
        #[rasn(tag(context, 7))]
        pub reserved: Option<OctetString>,
    }
    #[derive(AsnType, Decode, Encode, Debug, PartialEq)]
    pub struct S1Properties {
        #[rasn(tag(context, 1))]
        pub length: OctetString,
        #[rasn(tag(context, 2))]
        pub hash_type: OctetString,
        #[rasn(tag(context, 3))]
        pub hash: OctetString,
    }
    #[derive(AsnType, Decode, Encode, Debug, PartialEq)]
    pub struct S1Description {
        #[rasn(tag(context, 1))]
        pub name: OctetString,
    }

    #[derive(AsnType, Decode, Encode, Debug, PartialEq)]
    pub struct S2 {
        #[rasn(tag(context, 2))]
        pub timeout: OctetString,
        #[rasn(tag(context, 3))]
        pub reader_options: Option<S2ReaderOptions>,
        #[rasn(tag(context, 4))]
        pub transaction_options: Option<OctetString>,
        #[rasn(tag(context, 6))]
        pub transaction_tlv: Option<OctetString>,
    }
    #[derive(AsnType, Decode, Encode, Debug, PartialEq)]
    pub struct S2ReaderOptions {
        #[rasn(tag(context, 1))]
        pub msr: Option<OctetString>,
        #[rasn(tag(context, 2))]
        pub contact: Option<OctetString>,
        #[rasn(tag(context, 3))]
        pub contactless: Option<OctetString>,
    }

    #[derive(AsnType, Decode, Encode, Debug, PartialEq)]
    pub struct S3 {
        #[rasn(tag(context, 1))]
        pub file_type: OctetString,
        #[rasn(tag(context, 4))]
        pub data: OctetString,
    }

    #[derive(AsnType, Decode, Encode, Debug, PartialEq)]
    pub struct Arqc {
        #[rasn(tag(context, 38))]
        pub cryptogram: OctetString,
        #[rasn(tag(context, 2))]
        pub aip: OctetString,
        #[rasn(tag(context, 54))]
        pub atc: OctetString,
        #[rasn(tag(context, 39))]
        pub cid: OctetString,
        #[rasn(tag(context, 55))]
        pub unpredictable_number: OctetString,
        #[rasn(tag(context, 21))]
        pub tvr: OctetString,
        #[rasn(tag(context, 26))]
        pub date: OctetString,
        #[rasn(tag(context, 28))]
        pub transaction_type: OctetString,
        #[rasn(tag(application, 42))]
        pub currency: OctetString,
    }
}

/// `der` models, once with borrowed octet strings (`&OctetStringRef`) and once owned (`OctetString`).
macro_rules! der_models {
    ($module:ident, [$($lt:lifetime)?], $octets:ty) => {
        mod $module {
            use der::Sequence;

            #[derive(Sequence, Debug, PartialEq)]
            pub struct S1<$($lt)?> {
                #[asn1(context_specific = "1", tag_mode = "IMPLICIT")]
                pub file_id: $octets,
                #[asn1(context_specific = "2", tag_mode = "IMPLICIT", constructed = "true")]
                pub properties: S1Properties<$($lt)?>,
                #[asn1(context_specific = "3", tag_mode = "IMPLICIT", constructed = "true")]
                pub description: S1Description<$($lt)?>,
                #[asn1(context_specific = "7", tag_mode = "IMPLICIT", optional = "true")]
                pub reserved: Option<$octets>,
            }
            #[derive(Sequence, Debug, PartialEq)]
            pub struct S1Properties<$($lt)?> {
                #[asn1(context_specific = "1", tag_mode = "IMPLICIT")]
                pub length: $octets,
                #[asn1(context_specific = "2", tag_mode = "IMPLICIT")]
                pub hash_type: $octets,
                #[asn1(context_specific = "3", tag_mode = "IMPLICIT")]
                pub hash: $octets,
            }
            #[derive(Sequence, Debug, PartialEq)]
            pub struct S1Description<$($lt)?> {
                #[asn1(context_specific = "1", tag_mode = "IMPLICIT")]
                pub name: $octets,
            }

            #[derive(Sequence, Debug, PartialEq)]
            pub struct S2<$($lt)?> {
                #[asn1(context_specific = "2", tag_mode = "IMPLICIT")]
                pub timeout: $octets,
                #[asn1(context_specific = "3", tag_mode = "IMPLICIT", constructed = "true", optional = "true")]
                pub reader_options: Option<S2ReaderOptions<$($lt)?>>,
                #[asn1(context_specific = "4", tag_mode = "IMPLICIT", optional = "true")]
                pub transaction_options: Option<$octets>,
                #[asn1(context_specific = "6", tag_mode = "IMPLICIT", optional = "true")]
                pub transaction_tlv: Option<$octets>,
            }
            #[derive(Sequence, Debug, PartialEq)]
            pub struct S2ReaderOptions<$($lt)?> {
                #[asn1(context_specific = "1", tag_mode = "IMPLICIT", optional = "true")]
                pub msr: Option<$octets>,
                #[asn1(context_specific = "2", tag_mode = "IMPLICIT", optional = "true")]
                pub contact: Option<$octets>,
                #[asn1(context_specific = "3", tag_mode = "IMPLICIT", optional = "true")]
                pub contactless: Option<$octets>,
            }

            #[derive(Sequence, Debug, PartialEq)]
            pub struct S3<$($lt)?> {
                #[asn1(context_specific = "1", tag_mode = "IMPLICIT")]
                pub file_type: $octets,
                #[asn1(context_specific = "4", tag_mode = "IMPLICIT")]
                pub data: $octets,
            }

            #[derive(Sequence, Debug, PartialEq)]
            pub struct Arqc<$($lt)?> {
                #[asn1(context_specific = "38", tag_mode = "IMPLICIT")]
                pub cryptogram: $octets,
                #[asn1(context_specific = "2", tag_mode = "IMPLICIT")]
                pub aip: $octets,
                #[asn1(context_specific = "54", tag_mode = "IMPLICIT")]
                pub atc: $octets,
                #[asn1(context_specific = "39", tag_mode = "IMPLICIT")]
                pub cid: $octets,
                #[asn1(context_specific = "55", tag_mode = "IMPLICIT")]
                pub unpredictable_number: $octets,
                #[asn1(context_specific = "21", tag_mode = "IMPLICIT")]
                pub tvr: $octets,
                #[asn1(context_specific = "26", tag_mode = "IMPLICIT")]
                pub date: $octets,
                #[asn1(context_specific = "28", tag_mode = "IMPLICIT")]
                pub transaction_type: $octets,
                #[asn1(application = "42", tag_mode = "IMPLICIT")]
                pub currency: $octets,
            }
        }
    };
}
der_models!(der_borrowed, ['a], &'a der::asn1::OctetStringRef);
der_models!(der_owned, [], der::asn1::OctetString);

/// Benches `decode` and `encode` of one codec on `bytes`, after checking they round-trip.
fn codec<'a, T>(
    c: &mut Criterion,
    structure: &str,
    name: &str,
    bytes: &'a [u8],
    decode: impl Fn(&'a [u8]) -> T,
    encode: impl Fn(&T) -> Vec<u8>,
) {
    let value = decode(bytes);
    assert!(
        encode(&value) == bytes,
        "{name} does not round-trip {structure}"
    );
    let mut group = c.benchmark_group(structure);
    group.bench_function(BenchmarkId::new("decode", name), |b| {
        b.iter(|| decode(black_box(bytes)))
    });
    group.bench_function(BenchmarkId::new("encode", name), |b| {
        b.iter(|| encode(black_box(&value)))
    });
    group.finish();
}

/// The zero-copy walk of mms, the floor for any decoder.
fn mms_walk(c: &mut Criterion, structure: &str, bytes: &[u8]) {
    let mut group = c.benchmark_group(structure);
    group.bench_function(BenchmarkId::new("decode", "mms_walk"), |b| {
        b.iter(|| {
            mms_bench::walk(TlvIter::new(black_box(bytes), DecodeContext::default())).unwrap()
        })
    });
    group.finish();
}

/// `rasn` (DER) and `der` (borrowed and owned) on one structure, wrapped in `30`.
macro_rules! others {
    ($c:expr, $structure:expr, $wrapped:expr, $ty:ident) => {
        codec(
            $c,
            $structure,
            "rasn_der",
            $wrapped,
            |b| rasn::der::decode::<rasn_model::$ty>(b).unwrap(),
            |v| rasn::der::encode(v).unwrap(),
        );
        codec(
            $c,
            $structure,
            "der_borrowed",
            $wrapped,
            |b| <der_borrowed::$ty<'_> as der::Decode>::from_der(b).unwrap(),
            |v| der::Encode::to_der(v).unwrap(),
        );
        codec(
            $c,
            $structure,
            "der_owned",
            $wrapped,
            |b| <der_owned::$ty as der::Decode>::from_der(b).unwrap(),
            |v| der::Encode::to_der(v).unwrap(),
        );
    };
}

fn compare(c: &mut Criterion) {
    let s1 = inputs::start_send_file_body();
    let s1_wrapped = inputs::wrap_sequence(&s1);
    codec(
        c,
        "s1_start_send_file",
        "mms_generated",
        &s1,
        |b| d812::Request::from_bytes(b).unwrap(),
        Contents::to_bytes,
    );
    mms_walk(c, "s1_start_send_file", &s1);
    others!(c, "s1_start_send_file", &s1_wrapped, S1);

    let s2 = inputs::start_transaction_body();
    let s2_wrapped = inputs::wrap_sequence(&s2);
    codec(
        c,
        "s2_start_transaction",
        "mms_generated",
        &s2,
        |b| start_transaction::Request::from_bytes(b).unwrap(),
        Contents::to_bytes,
    );
    mms_walk(c, "s2_start_transaction", &s2);
    others!(c, "s2_start_transaction", &s2_wrapped, S2);

    let s3 = inputs::data_file_message();
    let s3_body = inputs::file_body();
    let s3_wrapped = inputs::wrap_sequence(&s3_body);
    codec(
        c,
        "s3_file_640k",
        "mms_generated",
        &s3,
        |b| Message::decode(b).unwrap(),
        Message::encode,
    );
    mms_walk(c, "s3_file_640k", &s3[2..]);
    others!(c, "s3_file_640k", &s3_wrapped, S3);

    let arqc = inputs::arqc_body();
    codec(
        c,
        "arqc_full",
        "mms_generated",
        &arqc,
        |b| Arqc::from_bytes(b).unwrap(),
        Contents::to_bytes,
    );
    mms_walk(c, "arqc_full", &arqc);
    let reduced = inputs::arqc_reduced_body();
    let reduced_wrapped = inputs::wrap_sequence(&reduced);
    codec(
        c,
        "arqc_reduced",
        "mms_generated",
        &reduced,
        |b| Arqc::from_bytes(b).unwrap(),
        Contents::to_bytes,
    );
    mms_walk(c, "arqc_reduced", &reduced);
    others!(c, "arqc_reduced", &reduced_wrapped, Arqc);
    // What der says about the full container (kept in the output, for BENCHMARKS.md).
    let full_wrapped = inputs::wrap_sequence(&arqc);
    let refused = <der_borrowed::Arqc<'_> as der::Decode>::from_der(&full_wrapped).unwrap_err();
    println!("der on the full ARQC container: {refused}");
    let rasn_refused = rasn::der::decode::<rasn_model::Arqc>(&full_wrapped)
        .map(|_| ())
        .unwrap_err();
    println!("rasn on the full ARQC container: {rasn_refused}");
}

criterion_group!(benches, compare);
criterion_main!(benches);
