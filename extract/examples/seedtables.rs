//! Lists the tables found in seed pages (debugging aid).
fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable");
        for t in mms_extract::seeds::read_seed(&path, &text) {
            println!(
                "{path}: {:?} {:?} header={:?} rows={}",
                t.title,
                mms_extract::manual::shape(&t.table),
                t.table.header,
                t.table.rows.len()
            );
        }
    }
}
