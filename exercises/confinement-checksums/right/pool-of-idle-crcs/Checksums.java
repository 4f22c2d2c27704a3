import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

class Checksums {
    private final ConcurrentLinkedQueue<Crc> idle = new ConcurrentLinkedQueue<>();
    int checksum(String text) {
        Crc crc = idle.poll();
        if (crc == null) crc = new Crc();
        try {
            crc.reset();
            crc.update(text.getBytes(StandardCharsets.UTF_8));
            return crc.value();
        } finally {
            idle.offer(crc);
        }
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
