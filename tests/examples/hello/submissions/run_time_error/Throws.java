// @EXPECTED_RESULTS@: RUN-ERROR
public class Throws {
    public static void main(String[] args) {
        System.out.println("Hello World!");
        throw new IllegalStateException("on purpose");
    }
}
