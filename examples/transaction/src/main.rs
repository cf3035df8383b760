//! Starts a 12.34 USD transaction against the in-memory simulator and prints
//! the named EMV tags of its ARQC, decrypted with the simulator's key (the
//! public X9.24-3 AES test BDK). With a real reader, open the client with
//! `Client::connect_with(|| open_hid(...), ...)` and use your test key.

use std::time::Duration;

use mms_emv::{Amount, Currency, Dictionary, ShowOptions, StartTransaction};
use mms_runtime::{Client, TransactionEvent, TransactionRequest};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sim = mms_sim::Simulator::new(mms_sim::DeviceConfig::default());
    let (client, _events) = Client::new(sim.in_memory());
    let sale = StartTransaction::new(Amount::parse_decimal("12.34", 2)?).currency(Currency::USD);
    let mut transaction = client.start_transaction(&TransactionRequest::new(sale))?;
    let key = mms_sim::transaction::test_key()?;
    while let Some(event) = transaction.next_event(Duration::from_secs(30))? {
        if let TransactionEvent::Arqc(arqc) = event {
            for decrypted in arqc.decrypt(&key)? {
                let tags = decrypted
                    .contents
                    .render(Dictionary::builtin(), ShowOptions::default());
                print!("{tags}");
            }
        }
    }
    Ok(())
}
