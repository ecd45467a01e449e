// @EXPECTED_RESULTS@: RUN-ERROR
fn main() {
    println!("Hello World!");
    let words: Vec<&str> = Vec::new();
    println!("{}", words[std::env::args().count()]);
}
