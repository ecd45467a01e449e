// Keeps bit lo = 1 and bit hi = 0 and halves the distance.
use std::io::{self, BufRead, Write};

fn main() {
    let stdin = io::stdin();
    let mut lines = stdin.lock().lines();
    let mut next = move || lines.next().unwrap().unwrap().trim().to_string();
    let mut out = io::stdout();
    let t: usize = next().parse().unwrap();
    for _ in 0..t {
        let n: u64 = next().parse().unwrap();
        let (mut lo, mut hi) = (0, n - 1);
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            writeln!(out, "? {}", mid).unwrap();
            out.flush().unwrap();
            if next() == "1" {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        writeln!(out, "! {}", lo).unwrap();
        out.flush().unwrap();
    }
}
