//! Generates the types of this crate's own commands (`spec/`) into `$OUT_DIR/mms.rs`.

fn main() {
    if let Err(e) = mms_codegen::Builder::new().spec_dir("spec").generate() {
        // Spec errors name file:line:column; fail the build with all of them.
        eprintln!("{e}");
        std::process::exit(1);
    }
}
