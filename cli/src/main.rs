//! `mms`: decode, encode and talk to MagTek MMS readers.
fn main() {
    println!("mms: not yet implemented");
}
