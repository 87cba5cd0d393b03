#ifndef QUOTIENT_CICU_H
#define QUOTIENT_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Opaque break iterator over caller-owned UTF-8 (ICU reads it in place through UText).
typedef struct qicu_breaker qicu_breaker;

typedef enum {
    QICU_BREAK_WORD = 1,
    QICU_BREAK_SENTENCE = 3,
} qicu_break_kind;

/// The error `qicu_breaker_open` reports when ICU's library cannot be loaded (ICU's own codes are above -1000).
#define QICU_LOAD_FAILED (-32768)

/// Opens a break iterator of `kind` for `locale`, loading ICU on the first call. Returns NULL and sets `*error`
/// (an ICU UErrorCode, or QICU_LOAD_FAILED) on failure.
qicu_breaker *qicu_breaker_open(qicu_break_kind kind, const char *locale, int32_t *error);

/// Points the iterator at `length` bytes of UTF-8 starting at `text`, which must stay alive while iterating.
/// Returns 0 on success or an ICU UErrorCode.
int32_t qicu_breaker_set_utf8(qicu_breaker *breaker, const char *text, int64_t length);

/// The next boundary as a UTF-8 byte offset, or -1 when done.
int32_t qicu_breaker_next(qicu_breaker *breaker);

/// The rule status of the boundary last returned (word kinds for word iterators).
int32_t qicu_breaker_rule_status(const qicu_breaker *breaker);

void qicu_breaker_close(qicu_breaker *breaker);

/// Human-readable name of an ICU error code, or why ICU could not be loaded for QICU_LOAD_FAILED.
const char *qicu_error_name(int32_t error);

#ifdef __cplusplus
}
#endif

#endif
