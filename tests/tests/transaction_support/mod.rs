//! What the blocking and the async transaction tests share.

use std::time::Duration;

use mms_emv::{Amount, Currency, DataKind, MacStatus, StartTransaction, TransactionData};
use mms_runtime::transaction::{Technology, TransactionEvent};
use mms_sim::transaction::{test_key, test_pan_bcd, TEST_EXPIRY};

/// Generous: the machine may be busy; the simulator answers in milliseconds.
pub const WAIT: Duration = Duration::from_secs(30);

/// A purchase of `amount` (two decimals) in `currency`.
pub fn sale(amount: &str, currency: Currency) -> StartTransaction {
    StartTransaction::new(Amount::parse_decimal(amount, 2).unwrap()).currency(currency)
}

/// The first ARQC among `events`.
pub fn arqc_of(events: &[TransactionEvent]) -> &TransactionData {
    events
        .iter()
        .find_map(|e| match e {
            TransactionEvent::Arqc(d) => Some(d),
            _ => None,
        })
        .expect("an ARQC")
}

/// The events of a 12.34 USD sale on the simulator's contactless reader start with the card and
/// carry an ARQC whose MAC verifies and that decrypts, under the test BDK, to its PAN, expiry,
/// amount and currency.
pub fn check_12_34_usd_contactless(events: &[TransactionEvent]) {
    assert!(matches!(
        events[0],
        TransactionEvent::CardDetected {
            technology: Technology::Contactless,
            ..
        }
    ));
    let arqc = arqc_of(events);
    assert_eq!(arqc.kind(), Some(DataKind::Arqc));
    assert_eq!(
        arqc.mac_status(&test_key().unwrap()),
        Ok(MacStatus::Verified)
    );
    let decrypted = arqc.decrypt(&test_key().unwrap()).unwrap();
    assert_eq!(decrypted[0].find(0x5A).unwrap(), test_pan_bcd());
    assert_eq!(decrypted[0].find(0x5F24).unwrap(), TEST_EXPIRY);
    assert_eq!(decrypted[0].find(0x9F02).unwrap(), [0, 0, 0, 0, 0x12, 0x34]);
    assert_eq!(decrypted[0].find(0x5F2A).unwrap(), [0x08, 0x40]);
}
