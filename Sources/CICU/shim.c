#include "CICU.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/utypes.h>
#include <unicode/uvernum.h>

// On Linux ICU is opened on first use, not linked: commands that never segment text (scoring, an empty input)
// then start without mapping and relocating it. The headers' version renaming (`ubrk_open` is `ubrk_open_72`)
// gives the symbol names, so the shim stays tied to the ICU it was compiled against. Elsewhere (macOS with
// Homebrew's icu4c, whose library is not on the loader's default path) ICU is linked as usual.
#define QICU_STRING2(x) #x
#define QICU_STRING(x) QICU_STRING2(x)
#define QICU_LIBRARY "libicuuc.so." U_ICU_VERSION_SHORT

static struct {
    __typeof__(&ubrk_open) open;
    __typeof__(&ubrk_close) close;
    __typeof__(&ubrk_setUText) set_text;
    __typeof__(&ubrk_next) next;
    __typeof__(&ubrk_getRuleStatus) rule_status;
    __typeof__(&utext_openUTF8) open_utf8;
    __typeof__(&utext_close) close_text;
    __typeof__(&u_errorName) error_name;
} icu;

static pthread_once_t icu_once = PTHREAD_ONCE_INIT;
static int icu_loaded;
static char icu_load_failure[512];

#if defined(__linux__)
static int bind_symbol(void *library, const char *name, void **slot) {
    *slot = dlsym(library, name);
    if (*slot != NULL) return 1;
    snprintf(icu_load_failure, sizeof icu_load_failure, "%s has no %s", QICU_LIBRARY, name);
    return 0;
}

static void load_icu(void) {
    void *library = dlopen(QICU_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(icu_load_failure, sizeof icu_load_failure, "cannot load ICU (%s)", reason ? reason : QICU_LIBRARY);
        return;
    }
    icu_loaded = bind_symbol(library, QICU_STRING(ubrk_open), (void **)&icu.open)
        && bind_symbol(library, QICU_STRING(ubrk_close), (void **)&icu.close)
        && bind_symbol(library, QICU_STRING(ubrk_setUText), (void **)&icu.set_text)
        && bind_symbol(library, QICU_STRING(ubrk_next), (void **)&icu.next)
        && bind_symbol(library, QICU_STRING(ubrk_getRuleStatus), (void **)&icu.rule_status)
        && bind_symbol(library, QICU_STRING(utext_openUTF8), (void **)&icu.open_utf8)
        && bind_symbol(library, QICU_STRING(utext_close), (void **)&icu.close_text)
        && bind_symbol(library, QICU_STRING(u_errorName), (void **)&icu.error_name);
}
#else
static void load_icu(void) {
    icu.open = &ubrk_open;
    icu.close = &ubrk_close;
    icu.set_text = &ubrk_setUText;
    icu.next = &ubrk_next;
    icu.rule_status = &ubrk_getRuleStatus;
    icu.open_utf8 = &utext_openUTF8;
    icu.close_text = &utext_close;
    icu.error_name = &u_errorName;
    icu_loaded = 1;
}
#endif

struct qicu_breaker {
    UBreakIterator *iterator;
    UText text;
    int has_text;
};

qicu_breaker *qicu_breaker_open(qicu_break_kind kind, const char *locale, int32_t *error) {
    pthread_once(&icu_once, load_icu);
    if (!icu_loaded) {
        *error = QICU_LOAD_FAILED;
        return NULL;
    }
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = icu.open((UBreakIteratorType)kind, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        *error = (int32_t)status;
        return NULL;
    }
    qicu_breaker *breaker = calloc(1, sizeof(qicu_breaker));
    if (breaker == NULL) {
        icu.close(iterator);
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
    icu.open_utf8(&breaker->text, text != NULL ? text : empty, length, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    breaker->has_text = 1;
    icu.set_text(breaker->iterator, &breaker->text, &status);
    return U_FAILURE(status) ? (int32_t)status : 0;
}

int32_t qicu_breaker_next(qicu_breaker *breaker) {
    int32_t next = icu.next(breaker->iterator);
    return next == UBRK_DONE ? -1 : next;
}

int32_t qicu_breaker_rule_status(const qicu_breaker *breaker) {
    return icu.rule_status(breaker->iterator);
}

void qicu_breaker_close(qicu_breaker *breaker) {
    if (breaker == NULL) return;
    icu.close(breaker->iterator);
    if (breaker->has_text) icu.close_text(&breaker->text);
    free(breaker);
}

const char *qicu_error_name(int32_t error) {
    if (error == QICU_LOAD_FAILED) return icu_load_failure;
    return icu.error_name((UErrorCode)error);
}
