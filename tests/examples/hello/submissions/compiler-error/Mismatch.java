// The public class does not match the file name. @EXPECTED_RESULTS@: COMPILER-ERROR
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello World!");
    }
}
