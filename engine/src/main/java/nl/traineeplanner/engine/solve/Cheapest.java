package nl.traineeplanner.engine.solve;

import java.util.Arrays;

/**
 * The {@code most} cheapest of the assignments offered to it, by a whole cost of zero or more: a bounded max-heap
 * of (cost, assignment) packed in one long, so that each offer that does not make it costs one comparison.
 */
final class Cheapest {

    private final long[] heap;
    private int size;

    Cheapest(int most) {
        this.heap = new long[most];
    }

    void offer(long cost, int assignment) {
        long key = (cost << 24) | assignment;
        if (size < heap.length) {
            heap[size] = key;
            siftUp(size++);
        } else if (size > 0 && key < heap[0]) {
            heap[0] = key;
            siftDown();
        }
    }

    int size() {
        return size;
    }

    /** The cost of the dearest one kept; only when one is kept. */
    long dearest() {
        return heap[0] >>> 24;
    }

    /** The assignments kept, in no particular order. */
    int[] assignments() {
        int[] out = new int[size];
        for (int k = 0; k < size; k++) {
            out[k] = (int) (heap[k] & 0xFFFFFF);
        }
        return out;
    }

    private void siftUp(int i) {
        while (i > 0 && heap[(i - 1) / 2] < heap[i]) {
            swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    private void siftDown() {
        int i = 0;
        while (true) {
            int largest = i;
            for (int c = 2 * i + 1; c <= 2 * i + 2 && c < size; c++) {
                if (heap[c] > heap[largest]) {
                    largest = c;
                }
            }
            if (largest == i) {
                return;
            }
            swap(i, largest);
            i = largest;
        }
    }

    private void swap(int i, int j) {
        long tmp = heap[i];
        heap[i] = heap[j];
        heap[j] = tmp;
    }

    @Override
    public String toString() {
        return Arrays.toString(assignments());
    }
}
