//! Configuration properties: everything of [`mms_message::property`] (descriptors, OID
//! forms, request TLVs, reading values back), plus the typed Get Property (0xD101) and Set
//! Property (0xD111) requests, which need the generated command types.

pub use mms_message::property::*;

use mms_codec::{Contents, DecodeError};

use crate::generated::commands::{get_property, set_property_unsecured};

/// The Get Property (0xD101) request for `property`; send it with a client's `call`.
///
/// Errors only if the generated request type disagrees with the request layout of
/// [`mms_message::property`] (a test checks that it does not).
pub fn get_request(
    property: &PropertyDescriptor,
    form: OidForm,
) -> Result<get_property::Request, DecodeError> {
    get_property::Request::from_bytes(&property.get_request_tlvs(form))
}

/// The Set Property (0xD111) request that sets `property` to `value`.
///
/// Errors as [`get_request`] does.
pub fn set_request(
    property: &PropertyDescriptor,
    form: OidForm,
    value: &[u8],
) -> Result<set_property_unsecured::Request, DecodeError> {
    set_property_unsecured::Request::from_bytes(&property.set_request_tlvs(form, value))
}

/// The value a Get Property response returns (the first leaf of its OID remainder).
pub fn response_value(response: &get_property::Response) -> Result<&[u8], DecodeError> {
    leaf_value(&response.property_oid_remainder)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generated::properties::DEVICE_RESET_OCCURRED_NOTIFICATION_CONTROL as RESET_CONTROL;

    #[test]
    fn typed_requests_and_response_value() {
        let get = get_request(&RESET_CONTROL, OidForm::SIMPLE).unwrap();
        assert_eq!(get.property_oid_remainder, [0xC1, 0x00]);
        let set = set_request(&RESET_CONTROL, OidForm::NESTED, &[0x05]).unwrap();
        assert_eq!(
            set.to_bytes(),
            RESET_CONTROL.set_request_tlvs(OidForm::NESTED, &[0x05])
        );
        // Manual Table 188: the response to Table 187.
        let response = get_property::Response::from_bytes(&[
            0x85, 0x01, 0x01, 0x87, 0x04, 0x02, 0x07, 0x01, 0x01, 0x89, 0x03, 0xC1, 0x01, 0x00,
        ])
        .unwrap();
        assert_eq!(response_value(&response).unwrap(), [0x00]);
    }
}
