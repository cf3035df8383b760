//! `mms --sim` and `mms_sim::Simulator::default()` are one device: they answer
//! Get Property with the same values (issue 9: they used to differ, e.g. for
//! 1.1.1.1.1.4, because the command line read property defaults its own way).

use mms_protocol::property::{property_leaves, property_request_tlvs, OidForm, GET_PROPERTY};
use mms_runtime::{Client, ClientOptions};
use mms_sim::Simulator;
use std::process::Command;

/// The values `mms props get --sim --json` prints, in order.
fn cli_values(oids: &[&str]) -> Vec<Vec<u8>> {
    let output = Command::new(env!("CARGO_BIN_EXE_mms"))
        .args(["props", "get", "--sim", "--json"])
        .args(oids)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            mms_spec::parse_hex(value["hex"].as_str().unwrap()).unwrap()
        })
        .collect()
}

/// The value `Simulator::default()` answers for `oid`.
fn library_value(client: &Client, oid: &str) -> Vec<u8> {
    let oid: mms_spec::Oid = oid.parse().unwrap();
    let request = property_request_tlvs(oid.components(), OidForm::SIMPLE, None).unwrap();
    let response = client.call_raw(GET_PROPERTY, &request).unwrap();
    assert_eq!(response.status, Some([0; 4]), "{oid}");
    let leaves = property_leaves(response.payload_body().unwrap()).unwrap();
    assert_eq!(leaves.len(), 1, "{oid}");
    leaves[0].value.to_vec()
}

#[test]
fn mms_sim_and_the_default_simulator_answer_alike() {
    // A default the manual writes as bare hex, one as `0x` numbers, quoted
    // text, a decimal port, the device's own information, and a filler.
    let oids = [
        "1.1.1.1.1.4",
        "1.2.7.1.1.3",
        "1.1.1.1.1.1",
        "1.2.2.1.2.2",
        "2.1.2.2.2.1",
        "2.1.2.5.6.1",
    ];
    let sim = Simulator::default();
    let (client, _events) = Client::with_options(sim.in_memory(), ClientOptions::default());
    let library: Vec<Vec<u8>> = oids.iter().map(|oid| library_value(&client, oid)).collect();
    assert_eq!(cli_values(&oids), library);
    // 1.1.1.1.1.4 is the EMV reversal data tag list, which starts 57 5A 82.
    assert_eq!(library[0][..3], [0x57, 0x5A, 0x82]);
}
