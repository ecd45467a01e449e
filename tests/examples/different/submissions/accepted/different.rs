use std::io::{self, BufRead, Write};

fn main() {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for line in io::stdin().lock().lines() {
        let line = line.unwrap();
        let mut it = line.split_whitespace().map(|t| t.parse::<i64>().unwrap());
        if let (Some(a), Some(b)) = (it.next(), it.next()) {
            writeln!(out, "{}", (a - b).abs()).unwrap();
        }
    }
}
