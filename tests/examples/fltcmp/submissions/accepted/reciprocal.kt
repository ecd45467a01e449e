// Kotlin's Double.toString: 1.0E9 and 8.1E-6 notation.
fun main() {
    val n = readLine()!!.trim().toInt()
    repeat(n) {
        println(1.0 / readLine()!!.trim().toDouble())
    }
}
