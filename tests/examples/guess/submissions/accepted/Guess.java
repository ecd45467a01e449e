import java.util.Scanner;

public class Guess {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int lo = 1, hi = 1000;
        while (true) {
            int mid = (lo + hi) / 2;
            System.out.println(mid);
            System.out.flush();
            String answer = in.next();
            if (answer.equals("yes")) return;
            if (answer.equals("up")) lo = mid + 1;
            else hi = mid - 1;
        }
    }
}
