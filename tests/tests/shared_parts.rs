//! Notifications whose detail codes name their parts alike share one part type, in
//! `value_sets`, re-exported under each notification's `Source`, `Reason` and `Detail`.

use mms_protocol::generated::notifications::{
    firmware_is_up_to_date, firmware_update_failed, firmware_update_successful,
    transaction_operation_complete,
};
use mms_protocol::generated::value_sets::{DetailCodeDetail, DetailCodeSource};

#[test]
fn alike_parts_are_one_type() {
    let code = firmware_update_successful::DetailCode::from_raw(0x0801_0A03);
    // The same type under three names: these assignments only compile if it is.
    let source: DetailCodeSource = code.source();
    let failed: firmware_update_failed::Source = source;
    let up_to_date: firmware_is_up_to_date::Source = failed;
    assert_eq!(up_to_date, DetailCodeSource::Other(0x08));
    let detail: firmware_update_failed::Detail =
        firmware_update_failed::DetailCode::from_raw(0x0801_0A04).detail();
    assert_eq!(detail, DetailCodeDetail::Other(0x0A));
}

#[test]
fn parts_that_differ_keep_their_own_type() {
    // Transaction Operation Complete names its details (Approved ...), so its `Detail` is
    // its own enum with variants, not the shared one.
    let approved = transaction_operation_complete::Detail::Approved;
    assert_eq!(approved.label(), Some("Approved"));
}
