import Synchronization

/// Reusable scratch memory for values that are shared across threads: a call takes an idle scratch object (or
/// makes one), works on it alone, and gives it back. Scorers keep their API non-mutating and safe to share
/// while scoring still allocates nothing per text in steady state.
///
/// The pool owns one object guarded by an atomic flag, so the common case (one caller at a time per scorer)
/// costs two atomic operations and no reference counting; callers that find it busy share a locked list.
final class ScratchPool<Scratch: AnyObject & Sendable>: Sendable {
    private let primary: Scratch
    private let primaryInUse = Atomic<Bool>(false)
    private let idle = Mutex<[Scratch]>([])
    private let make: @Sendable () -> Scratch
    /// Idle objects kept beyond this are dropped, so a burst of concurrency does not pin memory for good.
    private static var limit: Int { 64 }

    init(make: @escaping @Sendable () -> Scratch) {
        self.make = make
        primary = make()
    }

    /// Runs `body` with a scratch object no other call uses at the same time.
    @inline(__always)
    func withScratch<Result, Failure: Error>(_ body: (Scratch) throws(Failure) -> Result) throws(Failure) -> Result {
        if primaryInUse.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged {
            defer { primaryInUse.store(false, ordering: .releasing) }
            return try body(primary)
        }
        let scratch = idle.withLock { $0.popLast() } ?? make()
        defer {
            idle.withLock { pool in
                if pool.count < Self.limit { pool.append(scratch) }
            }
        }
        return try body(scratch)
    }
}
