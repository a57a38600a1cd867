#ifndef TOOLKIT_SQLITE_SHIM_H
#define TOOLKIT_SQLITE_SHIM_H
#include <sqlite3.h>

/* SQLITE_TRANSIENT is a cast macro, which Swift cannot import: bound text is copied by SQLite. */
static inline sqlite3_destructor_type toolkit_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

/* sqlite3_db_config is variadic, which Swift cannot call: whether closing the connection may
   checkpoint the WAL into the database file (off while a file is not yet known to be ours). */
static inline int toolkit_sqlite_checkpoint_on_close(sqlite3 *db, int allowed) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, allowed ? 0 : 1, (int *)0);
}
#endif
