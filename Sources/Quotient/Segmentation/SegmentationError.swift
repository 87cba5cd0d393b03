/// Why text could not be segmented.
public enum SegmentationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// ICU refused to open or run a break iterator; the payload is ICU's error name.
    case icu(String)
    /// A single document is larger than ICU's 32-bit offsets allow (2 GiB); split it into documents first.
    case documentTooLarge(bytes: Int)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .icu(let name): "ICU error: \(name)"
        case .documentTooLarge(let bytes): "document of \(bytes) bytes exceeds the 2 GiB limit of one document"
        }
    }
}
