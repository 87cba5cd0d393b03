internal import CICU
import Synchronization

/// The one place the library touches ICU: a break iterator that reads UTF-8 in place and is closed on deinit.
///
/// An instance is used by one thread at a time; ``BreakIteratorPool`` hands instances out and takes them back,
/// which is why the type may cross threads.
final class BreakIterator: @unchecked Sendable {
    enum Kind: Sendable { case word, sentence }

    /// Why a rule-status value means what it does: see ICU's `UWordBreak` ranges.
    enum WordStatus {
        static func isNumber(_ status: Int32) -> Bool { (100..<200).contains(status) }
        static func isLetters(_ status: Int32) -> Bool { (200..<500).contains(status) }
    }

    private let handle: OpaquePointer

    init(kind: Kind, locale: String) throws(SegmentationError) {
        var error: Int32 = 0
        let opened = qicu_breaker_open(kind == .word ? QICU_BREAK_WORD : QICU_BREAK_SENTENCE, locale, &error)
        guard let opened else { throw .icu(String(cString: qicu_error_name(error))) }
        handle = opened
    }

    deinit { qicu_breaker_close(handle) }

    /// Calls `body(boundary)` for every boundary after the start of `bytes`, as byte offsets into it; `body`
    /// may ask for the boundary's ``ruleStatus`` (fetching it costs a call, so it is not done eagerly).
    /// `bytes` must stay valid for the duration of the call, which `withUnsafeBufferPointer` guarantees.
    func forEachBoundary(
        in bytes: UnsafeBufferPointer<UInt8>,
        _ body: (_ offset: Int) -> Void
    ) throws(SegmentationError) {
        let base = UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self)
        let error = qicu_breaker_set_utf8(handle, base, Int64(bytes.count))
        guard error == 0 else { throw .icu(String(cString: qicu_error_name(error))) }
        while true {
            let next = qicu_breaker_next(handle)
            if next < 0 { break }
            body(Int(next))
        }
    }

    /// The rule status of the boundary last passed to a ``forEachBoundary(in:_:)`` body.
    var ruleStatus: Int32 { qicu_breaker_rule_status(handle) }
}

/// Reuses opened iterators: opening one loads and compiles ICU rules, which costs far more than segmenting a
/// short document.
final class BreakIteratorPool: Sendable {
    static let shared = BreakIteratorPool()

    private struct Key: Hashable {
        var kind: BreakIterator.Kind
        var locale: String
    }

    private let idle = Mutex<[Key: [BreakIterator]]>([:])

    func withIterator<R>(
        _ kind: BreakIterator.Kind, locale: String,
        _ body: (BreakIterator) throws(SegmentationError) -> R
    ) throws(SegmentationError) -> R {
        let key = Key(kind: kind, locale: locale)
        let reused = idle.withLock { $0[key]?.popLast() }
        let iterator: BreakIterator
        if let reused { iterator = reused } else { iterator = try BreakIterator(kind: kind, locale: locale) }
        defer { idle.withLock { $0[key, default: []].append(iterator) } }
        return try body(iterator)
    }
}
