//! Decodes hex messages, one per stdin line, and prints each as a tree.

use std::io::BufRead;

fn main() {
    let spec = mms_spec::Spec::builtin();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        match mms_spec::parse_hex(&line) {
            Ok(bytes) => {
                let tree = mms_dissect::dissect(&bytes, &spec);
                print!("{}", mms_dissect::render(&tree, &spec, Default::default()));
            }
            Err(e) => println!("not hex: {e}"),
        }
    }
}
