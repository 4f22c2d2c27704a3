import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

class Checksums {

    // The CRC-32 of the text's UTF-8 bytes. Called by many threads at once.
    int checksum(String text) {
        ThreadLocal<Crc> crc = ThreadLocal.withInitial(Crc::new);   // each thread its own
        Crc mine = crc.get();
        mine.reset();
        mine.update(text.getBytes(StandardCharsets.UTF_8));
        return mine.value();
    }
}

/** A CRC-32 calculator (the same as java.util.zip.CRC32). Not thread-safe, and costly to build. Do not change it. */
class Crc {
    static final AtomicInteger built = new AtomicInteger();   // how many were ever built: the checks read it

    private final int[] table = new int[256];
    private int crc;

    Crc() {
        built.incrementAndGet();
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            table[n] = c;
        }
    }

    void reset() {
        crc = 0xFFFFFFFF;
    }

    void update(byte[] bytes) {
        for (byte b : bytes) crc = table[(crc ^ b) & 0xFF] ^ (crc >>> 8);
    }

    int value() {
        return ~crc;
    }
}
