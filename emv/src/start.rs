//! The EMV TLV of a Start Transaction request (command 0x1001, field `86`
//! Transaction TLV): amount, other amount, currency, transaction type, ...

use crate::amount::{currency_to_n3, Amount, Currency};
use mms_codec::{LengthForm, Tag, Unknown, UnknownTlv};
use mms_message::TlvList;

/// EMV transaction type (`9C`, `n2`): the first two digits of the ISO 8583 processing code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TransactionType(pub u8);

impl TransactionType {
    /// Purchase of goods or services (`00`).
    pub const PURCHASE: TransactionType = TransactionType(0x00);
    /// Cash advance (`01`).
    pub const CASH: TransactionType = TransactionType(0x01);
    /// Purchase with cashback (`09`).
    pub const CASHBACK: TransactionType = TransactionType(0x09);
    /// Refund (`20`).
    pub const REFUND: TransactionType = TransactionType(0x20);
}

/// Builds the Transaction TLV bytes for Start Transaction.
///
/// Writes `9C`, `9F02`, `9F03` (zero unless set), then `5F2A` and `5F36` when a
/// currency is set, `9F15` when a merchant category is set, and any extra
/// TLVs, in that order (the order of the manual's Start Transaction example).
///
/// ```
/// use mms_emv::{Amount, Currency, StartTransaction};
/// let tlv = StartTransaction::new(Amount::parse_decimal("12.34", 2)?)
///     .currency(Currency::USD)
///     .to_bytes();
/// assert_eq!(tlv, [
///     0x9C, 0x01, 0x00,
///     0x9F, 0x02, 0x06, 0x00, 0x00, 0x00, 0x00, 0x12, 0x34,
///     0x9F, 0x03, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
///     0x5F, 0x2A, 0x02, 0x08, 0x40,
///     0x5F, 0x36, 0x01, 0x02,
/// ]);
/// # Ok::<(), mms_emv::AmountError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartTransaction {
    amount: Amount,
    other_amount: Amount,
    transaction_type: TransactionType,
    currency: Option<Currency>,
    merchant_category: Option<[u8; 2]>,
    extra: Vec<(Tag, Vec<u8>)>,
}

impl StartTransaction {
    /// A purchase of `amount`.
    pub fn new(amount: Amount) -> StartTransaction {
        StartTransaction {
            amount,
            other_amount: Amount::ZERO,
            transaction_type: TransactionType::PURCHASE,
            currency: None,
            merchant_category: None,
            extra: Vec::new(),
        }
    }

    /// Amount, Other (`9F03`), e.g. the cashback part.
    pub fn other_amount(mut self, amount: Amount) -> StartTransaction {
        self.other_amount = amount;
        self
    }

    /// Transaction type (`9C`).
    pub fn transaction_type(mut self, kind: TransactionType) -> StartTransaction {
        self.transaction_type = kind;
        self
    }

    /// Transaction currency (`5F2A`) and its exponent (`5F36`).
    pub fn currency(mut self, currency: Currency) -> StartTransaction {
        self.currency = Some(currency);
        self
    }

    /// Merchant Category Code (`9F15`, four digits; larger values keep their last four).
    pub fn merchant_category(mut self, code: u16) -> StartTransaction {
        let d = |div: u16| (code / div % 10) as u8;
        self.merchant_category = Some([d(1000) << 4 | d(100), d(10) << 4 | d(1)]);
        self
    }

    /// Any other TLV, written after the others as given.
    pub fn tlv(mut self, tag: Tag, value: impl Into<Vec<u8>>) -> StartTransaction {
        self.extra.push((tag, value.into()));
        self
    }

    /// The TLV list for the Transaction TLV field (`86`) of Start Transaction's generated
    /// request (`start_transaction::Request::transaction_tlv`), items in the order written here.
    pub fn to_tlv_list(&self) -> TlvList {
        let mut items = Vec::new();
        let mut put = |tag: u32, value: &[u8]| {
            items.push(UnknownTlv {
                tag: Tag::from_u32(tag),
                form: LengthForm::Minimal,
                value: value.to_vec(),
            })
        };
        put(0x9C, &[self.transaction_type.0]);
        put(0x9F02, &self.amount.to_n12());
        put(0x9F03, &self.other_amount.to_n12());
        if let Some(currency) = self.currency {
            put(0x5F2A, &currency_to_n3(currency));
            if let Some(exponent) = currency.exponent().and_then(|e| u8::try_from(e).ok()) {
                put(0x5F36, &[exponent]);
            }
        }
        if let Some(code) = self.merchant_category {
            put(0x9F15, &code);
        }
        for (tag, value) in &self.extra {
            put(tag.to_u32(), value);
        }
        TlvList {
            unknown: Unknown {
                items,
                layout: Vec::new(),
            },
        }
    }

    /// The TLV bytes of [`Self::to_tlv_list`] (the value of `86`).
    pub fn to_bytes(&self) -> Vec<u8> {
        mms_codec::Contents::to_bytes(&self.to_tlv_list())
    }
}
