import Foundation

extension Array where Element: Sendable {
    /// `map` on every core at once, results in the order of the elements:
    /// for work that is the same per element and shares nothing (files to
    /// parse, stories to encode, article pairs to score), so that output
    /// stays byte for byte what a sequential `map` gives.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = ConcurrentSlots<T>(count: count)
        withoutActuallyEscaping(transform) { transform in
            let elements = self
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.initialize(index, to: transform(elements[index]))
            }
        }
        return slots.take()
    }

    /// ``concurrentMap(_:)`` when `parallel`, else a plain `map`: for stages
    /// that run on every core for one story (`compare`) and on one core per
    /// story in a batch.
    func map<T: Sendable>(parallel: Bool, _ transform: @Sendable (Element) -> T) -> [T] {
        parallel ? concurrentMap(transform) : map(transform)
    }
}

/// One slot per iteration of a concurrent loop, each written once by its
/// own iteration and read after all have finished. Raw memory, since
/// concurrent writes to one array would overlap as accesses.
private final class ConcurrentSlots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T>
    private let count: Int
    private var taken = false

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
    }

    func initialize(_ index: Int, to value: T) {
        (base + index).initialize(to: value)
    }

    /// Moves every value out; call once, after every slot is written.
    func take() -> [T] {
        taken = true
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: base, count: count)
            initialized = count
        }
    }

    deinit {
        if !taken { base.deinitialize(count: count) }
        base.deallocate()
    }
}
