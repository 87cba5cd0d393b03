/// Python's `round(x, digits)`: correctly rounded from the exact binary value, ties to even.
///
/// Multiplying by 10^digits and calling `rounded()` differs from Python whenever the product's own rounding
/// error crosses a .5 boundary, so near-ties are settled with exact integer arithmetic.
package enum PythonRounding {
    /// `round(value, digits)` as CPython computes it.
    package static func round(_ value: Double, digits: Int) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let scale = digits == 3 ? 1000.0 : digits == 4 ? 10000.0 : pow10(digits)
        let magnitude = Swift.abs(value)
        let scaled = magnitude * scale
        let floor = scaled.rounded(.down)
        let fraction = scaled - floor
        var units = floor
        if Swift.abs(fraction - 0.5) > 1e-6 {
            units = fraction > 0.5 ? floor + 1 : floor
        } else {
            switch compareToMidpoint(magnitude, units: floor, scale: UInt64(scale)) {
            case .orderedAscending: units = floor
            case .orderedDescending: units = floor + 1
            case .orderedSame: units = floor.truncatingRemainder(dividingBy: 2) == 0 ? floor : floor + 1
            }
        }
        let result = units / scale
        return value < 0 ? -result : result
    }

    private enum Order { case orderedAscending, orderedSame, orderedDescending }

    /// Compares `magnitude` with `(units + 0.5) / scale` exactly: `2·scale·m·2^e` against `(2·units + 1)`.
    private static func compareToMidpoint(_ magnitude: Double, units: Double, scale: UInt64) -> Order {
        let significand = UInt128(magnitude.significandBitPattern | (magnitude.isNormal ? 1 << 52 : 0))
        let exponent = Int(magnitude.exponent) - 52
        var left = significand * UInt128(2 * scale)
        var right = UInt128(2 * UInt64(units) + 1)
        if exponent >= 0 {
            left <<= UInt128(exponent)
        } else {
            let shift = -exponent
            // Values this small round to zero long before a midpoint can matter.
            guard shift < 120 - right.bitWidthUsed else { return .orderedAscending }
            right <<= UInt128(shift)
        }
        return left < right ? .orderedAscending : left > right ? .orderedDescending : .orderedSame
    }

    private static func pow10(_ digits: Int) -> Double {
        var result = 1.0
        for _ in 0..<digits { result *= 10 }
        return result
    }
}

extension UInt128 {
    fileprivate var bitWidthUsed: Int { 128 - leadingZeroBitCount }
}

extension PythonRounding {
    /// The most bytes ``appendRepr(of:digits:to:)`` writes for a finite value.
    package static let maximumReprSize = 24

    /// Python's `repr` of a value already rounded to `digits` decimals (`0.746`, `0.0`, `-0.4404`, `1.0`),
    /// written without going through a general float formatter.
    package static func appendRepr(of value: Double, digits: Int, to out: inout [UInt8]) {
        appendReprToSink(of: value, digits: digits, to: &out)
    }

    /// The same into reserved memory (``maximumReprSize`` bytes).
    package static func appendRepr(of value: Double, digits: Int, to out: inout UnsafeByteSink) {
        appendReprToSink(of: value, digits: digits, to: &out)
    }

    @inline(__always)
    private static func appendReprToSink(of value: Double, digits: Int, to out: inout some ByteSink) {
        let scale = digits == 3 ? 1000 : 10000
        appendRepr(of: value, digits: digits, units: Int((Swift.abs(value) * Double(scale)).rounded()), to: &out)
    }

    /// The same, given `|value| × 10^digits` rounded.
    package static func appendRepr(of value: Double, digits: Int, units: Int, to out: inout some ByteSink) {
        let scale = digits == 3 ? 1000 : 10000
        if value < 0 && units != 0 { out.append(UInt8(ascii: "-")) }
        // "0.xyz…" with trailing zeros dropped ("0.5", "0.25", "0.0"): the common case, digit by digit with
        // constant divisors.
        if digits == 3 && units < 1000 {
            appendFraction(units / 100, units / 10 % 10, units % 10, 0, to: &out)
        } else if digits == 4 && units < 10000 {
            appendFraction(units / 1000, units / 100 % 10, units / 10 % 10, units % 10, to: &out)
        } else {
            appendDecimal(units: units, scale: scale, to: &out)
        }
    }

    /// "0." and the digits up to the last nonzero one (at least one).
    @inline(__always)
    private static func appendFraction(_ a: Int, _ b: Int, _ c: Int, _ d: Int, to out: inout some ByteSink) {
        out.append(UInt8(ascii: "0"))
        out.append(UInt8(ascii: "."))
        out.append(UInt8(ascii: "0") + UInt8(a))
        if b != 0 || c != 0 || d != 0 { out.append(UInt8(ascii: "0") + UInt8(b)) }
        if c != 0 || d != 0 { out.append(UInt8(ascii: "0") + UInt8(c)) }
        if d != 0 { out.append(UInt8(ascii: "0") + UInt8(d)) }
    }

    /// `units / scale` with at least one decimal and no trailing zeros, digit by digit (no temporary buffers:
    /// this runs once per number in every JSON result).
    private static func appendDecimal(units: Int, scale: Int, to out: inout some ByteSink) {
        let whole = units / scale
        out.append(integer: whole)
        out.append(UInt8(ascii: "."))
        var rest = units - whole * scale
        if rest == 0 {
            out.append(UInt8(ascii: "0"))
            return
        }
        var divisor = scale / 10
        while rest > 0 {
            out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
