package dev.quiver.embedded.data;

/**
 * A bounded max-heap of the {@code capacity} best candidates, where a smaller key is better (similarities are
 * negated by the caller). Primitive arrays only; the root is the worst candidate kept.
 */
final class TopK {
    private final int capacity;
    private final float[] keys;
    private final int[] parts;
    private final int[] rows;
    private int size;

    TopK(int capacity) {
        this.capacity = capacity;
        this.keys = new float[capacity];
        this.parts = new int[capacity];
        this.rows = new int[capacity];
    }

    /** Whether a candidate with this key would be kept. */
    boolean accepts(float key) {
        return size < capacity || key < keys[0];
    }

    void push(float key, int part, int row) {
        if (size < capacity) {
            int i = size++;
            keys[i] = key;
            parts[i] = part;
            rows[i] = row;
            siftUp(i);
        } else if (key < keys[0]) {
            keys[0] = key;
            parts[0] = part;
            rows[0] = row;
            siftDown(0);
        }
    }

    int size() {
        return size;
    }

    /** Drains the heap into arrays sorted best first (ascending key); returns the count. */
    int drainSorted(float[] outKeys, int[] outParts, int[] outRows) {
        int n = size;
        for (int i = n - 1; i >= 0; i--) {
            outKeys[i] = keys[0];
            outParts[i] = parts[0];
            outRows[i] = rows[0];
            size--;
            if (size > 0) {
                keys[0] = keys[size];
                parts[0] = parts[size];
                rows[0] = rows[size];
                siftDown(0);
            }
        }
        return n;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] >= keys[i]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int largest = left;
            int right = left + 1;
            if (right < size && keys[right] > keys[left]) {
                largest = right;
            }
            if (keys[largest] <= keys[i]) {
                return;
            }
            swap(i, largest);
            i = largest;
        }
    }

    private void swap(int a, int b) {
        float k = keys[a];
        keys[a] = keys[b];
        keys[b] = k;
        int p = parts[a];
        parts[a] = parts[b];
        parts[b] = p;
        int r = rows[a];
        rows[a] = rows[b];
        rows[b] = r;
    }
}
