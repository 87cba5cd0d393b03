#if canImport(Glibc)
import Glibc
#endif
import Quotient

/// Reads a text stream as a sequence of documents of bounded size, cut at paragraph breaks, so a huge file
/// is analyzed with bounded memory. Each chunk knows where it starts in the whole input, so offsets can be
/// reported relative to the input.
struct TextChunker {
    /// Chunks aim at this size; a paragraph break after half of it is preferred as the cut.
    static let targetBytes = 1 << 20

    private let descriptor: Int32
    /// The input's display name, carried by every part.
    private let name: String
    private var pending: [UInt8] = []
    private var finished = false
    private(set) var utf8Base = 0
    private(set) var scalarBase = 0
    private(set) var chunkIndex = 0

    init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    /// The next part, or nil at the end of the stream. Throws the errno of a failed read.
    mutating func next() throws(FileBytes.ReadError) -> InputPart? {
        // One byte more than a part, so a cut at the target can see whether it falls inside a character.
        while !finished && pending.count <= Self.targetBytes { try fill() }
        guard !pending.isEmpty || chunkIndex == 0 else { return nil }
        let cut = finished && pending.count <= Self.targetBytes ? pending.count : cutPoint()
        let bytes = Array(pending[0..<cut])
        pending.removeSubrange(0..<cut)
        let (text, repairs) = UTF8Repair.decode(bytes)
        let chunk = InputPart(name: name, text: text, repairs: repairs, utf8Base: utf8Base, scalarBase: scalarBase,
                              index: chunkIndex, isLast: finished && pending.isEmpty,
                              looksBinary: chunkIndex == 0 && InputReader.looksBinary(bytes))
        utf8Base += text.utf8.count
        scalarBase += text.unicodeScalars.count
        chunkIndex += 1
        return chunk
    }

    private mutating func fill() throws(FileBytes.ReadError) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { return }
            throw FileBytes.ReadError(code: errno)
        }
        if count == 0 { finished = true } else { pending.append(contentsOf: buffer[0..<count]) }
    }

    /// A blank line after half the target, else a line break, else the end of a sentence (a terminator and a
    /// space), else a space, else a UTF-8 scalar boundary at the target: never inside a character.
    private func cutPoint() -> Int {
        let limit = min(pending.count, Self.targetBytes)
        let floor = limit / 2
        var index = limit - 1
        while index > floor {
            if pending[index] == 0x0A && pending[index - 1] == 0x0A { return index + 1 }
            index -= 1
        }
        if let newline = pending[floor..<limit].lastIndex(of: 0x0A) { return newline + 1 }
        let terminators: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")]
        if let end = (floor..<limit).last(where: { pending[$0] == 0x20 && terminators.contains(pending[$0 - 1]) }) { return end + 1 }
        if let space = pending[floor..<limit].lastIndex(of: 0x20) { return space + 1 }
        var cut = limit
        while cut > 0 && cut < pending.count && pending[cut] & 0xC0 == 0x80 { cut -= 1 }
        return max(cut, 1)
    }
}

/// One part of a text input: the whole file, or a part of about 1 MB of a larger one, cut at a paragraph break.
struct InputPart {
    /// The input's display name.
    var name: String
    var text: String
    /// Invalid UTF-8 sequences replaced in this part.
    var repairs: Int
    /// Where the part starts within its input, so offsets can be reported relative to the whole input.
    var utf8Base: Int
    var scalarBase: Int
    /// The part's position within its input, from 0.
    var index: Int
    /// Whether this part ends its input.
    var isLast: Bool
    /// Whether the raw bytes held a NUL (a binary file); only checked on the first part.
    var looksBinary: Bool

    /// Whether the input is this one part.
    var isWhole: Bool { index == 0 && isLast }
    /// The input's name, with the part's number when the input has several.
    var title: String { isWhole ? name : "\(name) (part \(index + 1))" }
}
