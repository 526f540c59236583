package dev.quiver.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RowTest {
    record Film(long id, int releaseYear, String title, float[] embedding, List<String> tags, double distance,
                @Nullable String note) {
    }

    record NeedsMissing(long id, long missing) {
    }

    /** A JavaBean for mapping by setter. */
    public static final class FilmBean {
        private long id;
        private String title = "";

        public long getId() {
            return id;
        }

        public void setId(long id) {
            this.id = id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    private static Row row() {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("id", 7L);
        values.put("release_year", 1995L);
        values.put("title", "Heat");
        values.put("embedding", new float[] {0.5f, 1f});
        values.put("tags", List.of("crime", "drama"));
        values.put("distance", 0.25f);
        values.put("note", null);
        return new Row(values);
    }

    @Test
    void typedGettersConvertAndRejectNullsClearly() {
        Row row = row();

        assertThat(row.getLong("id")).isEqualTo(7L);
        assertThat(row.getInt("release_year")).isEqualTo(1995);
        assertThat(row.getString("title")).isEqualTo("Heat");
        assertThat(row.getVector("embedding")).containsExactly(0.5f, 1f);
        assertThat(row.getList("tags")).containsExactly("crime", "drama");
        assertThat(row.getDistance()).isEqualTo(0.25);
        assertThat(row.getStringOrNull("note")).isNull();
        assertThat(row.getLongOrNull("note")).isNull();
        assertThat(row.isNull("note")).isTrue();
        assertThat(row.getColumnNames()).startsWith("id", "release_year", "title");
        assertThatThrownBy(() -> row.getString("note")).isInstanceOf(QuiverException.class)
                .hasMessageContaining("'note' is null");
        assertThatThrownBy(() -> row.getLong("nope")).isInstanceOf(QuiverException.class)
                .hasMessageContaining("no column 'nope'");
    }

    @Test
    void mapsToRecordsByNameAndSnakeCase() {
        Film film = row().into(Film.class);

        assertThat(film.id()).isEqualTo(7L);
        assertThat(film.releaseYear()).isEqualTo(1995);
        assertThat(film.title()).isEqualTo("Heat");
        assertThat(film.embedding()).containsExactly(0.5f, 1f);
        assertThat(film.tags()).containsExactly("crime", "drama");
        assertThat(film.distance()).isEqualTo(0.25);
        assertThat(film.note()).isNull();
    }

    @Test
    void mapsToBeansBySetters() {
        FilmBean bean = row().into(FilmBean.class);

        assertThat(bean.getId()).isEqualTo(7L);
        assertThat(bean.getTitle()).isEqualTo("Heat");
    }

    @Test
    void aMissingPrimitiveComponentIsAnError() {
        assertThatThrownBy(() -> row().into(NeedsMissing.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no column 'missing'");
    }

    @Test
    void beansAndRecordsBecomeJsonRows() {
        FilmBean bean = new FilmBean();
        bean.setId(3);
        bean.setTitle("Up");

        assertThat(Quiver.detached().insertInto("f").record(bean).toString())
                .isIn("INSERT INTO f ROWS {\"id\": 3, \"title\": \"Up\"}", "INSERT INTO f ROWS {\"title\": \"Up\", \"id\": 3}");
    }
}
