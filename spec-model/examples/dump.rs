//! Loads a spec directory and prints a summary and the validation problems.
fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "spec".into());
    match mms_spec::Spec::load(std::path::Path::new(&dir)) {
        Ok(spec) => {
            println!(
                "{} commands, {} notifications, {} properties, {} examples",
                spec.commands.len(),
                spec.notifications.len(),
                spec.properties.len(),
                spec.examples().count()
            );
            for e in spec.validate() {
                println!("{e}");
            }
        }
        Err(e) => println!("{e}"),
    }
}
