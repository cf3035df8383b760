//! Prints the blocks the markdown reader finds between two lines of a file (debugging aid).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).expect("readable file");
    let (from, to): (usize, usize) = (
        args[2].parse().expect("line"),
        args[3].parse().expect("line"),
    );
    for b in mms_extract::markdown::parse(&text) {
        let line = match &b {
            mms_extract::markdown::Block::Heading { line, .. }
            | mms_extract::markdown::Block::Paragraph { line, .. } => *line,
            mms_extract::markdown::Block::Table(t) => t.line,
        };
        if (from..=to).contains(&line) {
            let s = format!("{b:?}");
            println!("{}", s.chars().take(300).collect::<String>());
        }
    }
}
