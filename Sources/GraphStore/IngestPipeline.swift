import Dispatch
import Foundation

/// Prepares inputs on several threads and hands the results to one consumer,
/// in input order, on the calling thread: extraction uses every core while
/// the store keeps its single writer and a deterministic order of writes.
public enum IngestPipeline {
    /// Calls `prepare` for every input on up to `parallelism` worker threads,
    /// at most `window` results ahead of the consumer (so memory stays bounded),
    /// and `consume(index, result)` on the calling thread in input order.
    /// When `consume` throws, the workers stop and the error is rethrown.
    public static func run<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], parallelism: Int = 2, window: Int = 32,
        prepare: @escaping @Sendable (Input) -> Output,
        consume: (Int, Output) throws -> Void
    ) rethrows {
        if inputs.isEmpty { return }
        let slots = Slots<Output>(count: inputs.count, window: max(window, parallelism))
        let group = DispatchGroup()
        for _ in 0..<max(1, min(parallelism, inputs.count)) {
            DispatchQueue.global().async(group: group) {
                while let index = slots.take() { slots.put(index, prepare(inputs[index])) }
            }
        }
        defer {
            slots.cancel()
            group.wait()
        }
        for index in inputs.indices { try consume(index, slots.wait(for: index)) }
    }

    /// The results between workers and consumer, guarded by one condition.
    private final class Slots<Output: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private var results: [Int: Output] = [:]
        private var next = 0
        private var consumed = 0
        private var cancelled = false
        private let count: Int
        private let window: Int

        init(count: Int, window: Int) {
            self.count = count
            self.window = window
        }

        /// The next input to prepare, or nil when all are taken or the run stopped.
        func take() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while next - consumed >= window, !cancelled { condition.wait() }
            guard !cancelled, next < count else { return nil }
            next += 1
            return next - 1
        }

        func put(_ index: Int, _ output: Output) {
            condition.lock()
            results[index] = output
            condition.broadcast()
            condition.unlock()
        }

        func wait(for index: Int) -> Output {
            condition.lock()
            defer { condition.unlock() }
            while results[index] == nil { condition.wait() }
            consumed = index + 1
            condition.broadcast()
            return results.removeValue(forKey: index)!
        }

        func cancel() {
            condition.lock()
            cancelled = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
