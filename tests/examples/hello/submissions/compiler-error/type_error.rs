// @EXPECTED_RESULTS@: COMPILER-ERROR
fn main() {
    let n: u32 = "Hello World!";
    println!("{}", n);
}
