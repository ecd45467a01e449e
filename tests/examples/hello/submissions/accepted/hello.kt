// @EXPECTED_RESULTS@: CORRECT
fun main() {
    println("Hello World!")
}
