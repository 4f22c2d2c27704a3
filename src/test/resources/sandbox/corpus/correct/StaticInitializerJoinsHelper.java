// expect: not-modelled
// lines: 25
// about: correct: the static initializer starts a helper (a nested class, which never touches the class being initialized) and joins it; a join there is not modelled, so the sandbox must say it could not check it
public class StaticInitializerJoinsHelper {
    static final int[] box = new int[1];
    static final int answer;

    static class Helper implements Runnable {
        private final int[] into;

        Helper(int[] into) {
            this.into = into;
        }

        @Override
        public void run() {
            into[0] = 42;
        }
    }

    static {
        Thread helper = new Thread(new Helper(box));
        helper.start();
        try {
            helper.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        answer = box[0];
    }

    public static void main(String[] args) {
        assert answer == 42 : "answer = " + answer;
    }
}
