#include "CICU.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/utypes.h>

struct qicu_breaker {
    UBreakIterator *iterator;
    UText text;
    int has_text;
};

qicu_breaker *qicu_breaker_open(qicu_break_kind kind, const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        *error = (int32_t)status;
        return NULL;
    }
    qicu_breaker *breaker = calloc(1, sizeof(qicu_breaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        *error = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    breaker->text = (UText)UTEXT_INITIALIZER;
    *error = 0;
    return breaker;
}

int32_t qicu_breaker_set_utf8(qicu_breaker *breaker, const char *text, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    static const char empty[1] = {0};
    // The UText lives inside the breaker, so re-pointing it allocates nothing.
    utext_openUTF8(&breaker->text, text != NULL ? text : empty, length, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    breaker->has_text = 1;
    ubrk_setUText(breaker->iterator, &breaker->text, &status);
    return U_FAILURE(status) ? (int32_t)status : 0;
}

int32_t qicu_breaker_next(qicu_breaker *breaker) {
    int32_t next = ubrk_next(breaker->iterator);
    return next == UBRK_DONE ? -1 : next;
}

int32_t qicu_breaker_rule_status(const qicu_breaker *breaker) {
    return ubrk_getRuleStatus(breaker->iterator);
}

void qicu_breaker_close(qicu_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    if (breaker->has_text) utext_close(&breaker->text);
    free(breaker);
}

const char *qicu_error_name(int32_t error) {
    return u_errorName((UErrorCode)error);
}
