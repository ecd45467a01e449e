// A HashMap from value to its first position, in Rust.
use std::collections::HashMap;
use std::io::{self, Read};

fn main() {
    let mut text = String::new();
    io::stdin().read_to_string(&mut text).unwrap();
    let mut numbers = text.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = numbers.next().unwrap() as usize;
    let x = numbers.next().unwrap();
    let mut first_at: HashMap<i64, usize> = HashMap::with_capacity(n);
    for j in 1..=n {
        let value = numbers.next().unwrap();
        if let Some(i) = first_at.get(&(x - value)) {
            println!("{} {}", i, j);
            return;
        }
        first_at.entry(value).or_insert(j);
    }
    println!("impossible");
}
