package io.blindspot.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class UiTreeTest {

    final UiTree tree = new UiTree();

    @Test
    void builds_elements_with_children_text_classes_and_listeners_from_changes() {
        tree.apply(
                message(
                        """
                {"constants": {"abc=": {"event.key": false}},
                 "changes": [
                  {"node": 5, "type": "attach"},
                  {"node": 5, "type": "put", "feat": 0, "key": "tag", "value": "span"},
                  {"node": 5, "type": "splice", "feat": 11, "index": 0, "add": ["progress-text"]},
                  {"node": 6, "type": "attach"},
                  {"node": 6, "type": "put", "feat": 7, "key": "text", "value": "3 of 40"},
                  {"node": 7, "type": "attach"},
                  {"node": 7, "type": "put", "feat": 7, "key": "text", "value": " answered"},
                  {"node": 5, "type": "splice", "feat": 2, "index": 0, "addNodes": [6, 7]},
                  {"node": 5, "type": "put", "feat": 4, "key": "keydown", "value": "abc="},
                  {"node": 5, "type": "put", "feat": 1, "key": "value", "value": "2"}
                 ]}"""));

        assertThat(tree.withClass("progress-text")).containsExactly(5);
        assertThat(tree.tag(5)).isEqualTo("span");
        assertThat(tree.textContent(5)).isEqualTo("3 of 40 answered");
        assertThat(tree.listener(5, "keydown"))
                .hasValueSatisfying(c -> assertThat(c.has("event.key")).isTrue());
        assertThat(tree.listener(5, "click")).isEmpty();
        assertThat(tree.propertyText(5, "value")).isEqualTo("2");
        assertThat(tree.visible(5)).isTrue();
    }

    @Test
    void follows_removals_splices_clears_and_detaches() {
        tree.apply(
                message(
                        """
                {"changes": [
                  {"node": 1, "type": "attach"},
                  {"node": 2, "type": "attach"}, {"node": 3, "type": "attach"}, {"node": 4, "type": "attach"},
                  {"node": 1, "type": "splice", "feat": 2, "index": 0, "addNodes": [2, 3]},
                  {"node": 1, "type": "splice", "feat": 2, "index": 1, "addNodes": [4]},
                  {"node": 1, "type": "put", "feat": 1, "key": "label", "value": "x"},
                  {"node": 1, "type": "put", "feat": 0, "key": "visible", "value": false}
                 ]}"""));
        assertThat(tree.children(1)).containsExactly(2, 4, 3);
        assertThat(tree.visible(1)).isFalse();

        tree.apply(
                message(
                        """
                {"changes": [
                  {"node": 1, "type": "splice", "feat": 2, "index": 0, "remove": 1},
                  {"node": 3, "type": "detach"},
                  {"node": 1, "type": "remove", "feat": 1, "key": "label"}
                 ]}"""));
        assertThat(tree.children(1)).containsExactly(4);
        assertThat(tree.exists(3)).isFalse();
        assertThat(tree.property(1, "label")).isEmpty();

        tree.apply(message("{\"changes\": [{\"node\": 1, \"type\": \"clear\", \"feat\": 2}]}"));
        assertThat(tree.children(1)).isEmpty();
    }

    @Test
    void an_unknown_change_is_a_protocol_error() {
        assertThatThrownBy(() -> tree.apply(message("{\"changes\": [{\"node\": 1, \"type\": \"teleport\"}]}")))
                .isInstanceOf(LoadFailure.class)
                .hasMessageContaining("teleport")
                .satisfies(e -> assertThat(((LoadFailure) e).kind()).isEqualTo(ErrorKind.PROTOCOL));
    }

    @Test
    void the_recorded_home_page_has_the_body_and_many_nodes() {
        var home = Recorded.homePage();

        assertThat(home.tag(1)).isEqualTo("body");
        assertThat(home.size()).isGreaterThan(20);
    }

    private static JsonNode message(String json) {
        try {
            return VaadinUi.JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
