// The SQLite FTS5 side of the search engine comparison (issue 18): indexes every .md file of a
// content folder (front matter title + body) in an in-memory FTS5 table with the porter
// tokenizer, then times queries ranked by bm25 with a title weight. Run by ./run, which links
// SQLite statically, as toolkit would have to.
#include <dirent.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static sqlite3 *db;
static sqlite3_stmt *insert;
static int pages;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void add(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) return;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc(size + 1);
    size = (long)fread(text, 1, size, file);
    text[size] = 0;
    fclose(file);
    const char *title = "", *body = text;
    char *titleCopy = NULL;
    if (strncmp(text, "---\n", 4) == 0) {
        char *end = strstr(text + 4, "\n---\n");
        if (end) {
            *end = 0;
            body = end + 5;
            char *found = strstr(text, "title:");
            if (found) {
                char *line = strchr(found, '\n');
                size_t length = line ? (size_t)(line - found - 6) : strlen(found + 6);
                titleCopy = strndup(found + 6, length);
                title = titleCopy;
            }
        }
    }
    sqlite3_bind_text(insert, 1, path, -1, SQLITE_STATIC);
    sqlite3_bind_text(insert, 2, title, -1, SQLITE_STATIC);
    sqlite3_bind_text(insert, 3, body, -1, SQLITE_STATIC);
    if (sqlite3_step(insert) != SQLITE_DONE) fprintf(stderr, "insert: %s\n", sqlite3_errmsg(db));
    sqlite3_reset(insert);
    free(titleCopy);
    free(text);
    pages++;
}

static void walk(const char *folder) {
    DIR *dir = opendir(folder);
    if (!dir) return;
    struct dirent *entry;
    while ((entry = readdir(dir))) {
        if (entry->d_name[0] == '.') continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", folder, entry->d_name);
        size_t length = strlen(entry->d_name);
        if (entry->d_type == DT_DIR) walk(path);
        else if (length > 3 && strcmp(entry->d_name + length - 3, ".md") == 0) add(path);
    }
    closedir(dir);
}

static int query(const char *match, double *seconds) {
    sqlite3_stmt *statement;
    const char *sql = "SELECT path, bm25(pages, 0.0, 10.0, 1.0) AS rank FROM pages WHERE pages MATCH ?1 ORDER BY rank";
    double start = now();
    sqlite3_prepare_v2(db, sql, -1, &statement, NULL);
    sqlite3_bind_text(statement, 1, match, -1, SQLITE_STATIC);
    int rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) rows++;
    sqlite3_finalize(statement);
    *seconds = now() - start;
    return rows;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: fts5-prototype FOLDER QUERY...\n");
        return 64;
    }
    sqlite3_open(":memory:", &db);
    char *error = NULL;
    if (sqlite3_exec(db, "CREATE VIRTUAL TABLE pages USING fts5(path UNINDEXED, title, body, tokenize = 'porter unicode61 remove_diacritics 2')", NULL, NULL, &error) != SQLITE_OK) {
        fprintf(stderr, "fts5: %s\n", error);
        return 69;
    }
    sqlite3_prepare_v2(db, "INSERT INTO pages VALUES (?1, ?2, ?3)", -1, &insert, NULL);
    double start = now();
    sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
    walk(argv[1]);
    sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    printf("index %d pages: %.1f ms (reading and parsing the files included)\n", pages, (now() - start) * 1000);
    for (int index = 2; index < argc; index++) {
        double first, later = 1e9, seconds;
        int rows = query(argv[index], &first);
        for (int run = 0; run < 5; run++) {
            query(argv[index], &seconds);
            if (seconds < later) later = seconds;
        }
        printf("query %-28s %5d pages: first %.2f ms, later %.2f ms\n", argv[index], rows, first * 1000, later * 1000);
    }
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    printf("peak RSS: %.1f MB\n", usage.ru_maxrss / 1024.0);
    return 0;
}
