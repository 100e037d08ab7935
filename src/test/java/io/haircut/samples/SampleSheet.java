package io.haircut.samples;

import java.util.List;

/** One sheet of a sample workbook (and one file of its CSV folder): headers in row 1, then data rows. */
record SampleSheet(String name, List<String> headers, List<List<Cell>> rows) {

    SampleSheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        for (List<Cell> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(name + ": row of " + row.size() + " cells under " + headers.size() + " headers");
            }
        }
    }
}
