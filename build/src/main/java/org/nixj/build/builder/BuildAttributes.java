package org.nixj.build.builder;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A derivation's attributes as its builder reads them: with {@code __structuredAttrs} the JSON object of
 * {@code __json} (lists, sets, numbers and Booleans kept), otherwise the environment's strings.
 */
public final class BuildAttributes {
    private final Map<String, String> env;
    private final JsonObject structured;

    private BuildAttributes(Map<String, String> env, JsonObject structured) {
        this.env = env;
        this.structured = structured;
    }

    /**
     * The attributes of a derivation whose environment is {@code env}.
     *
     * @throws BuildFailure when {@code __json} is not a JSON object
     */
    public static BuildAttributes of(Map<String, String> env) throws BuildFailure {
        String json = env.get("__json");
        if (json == null) {
            return new BuildAttributes(env, null);
        }
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (!parsed.isJsonObject()) {
                throw new BuildFailure("the structured attributes (__json) are not a JSON object");
            }
            return new BuildAttributes(env, parsed.getAsJsonObject());
        } catch (JsonParseException e) {
            throw new BuildFailure("the structured attributes (__json) are not valid JSON: " + e.getMessage());
        }
    }

    /** Whether the derivation has structured attributes. */
    public boolean structured() {
        return structured != null;
    }

    /** The attribute {@code name} as JSON (a string from the environment when the attributes are not structured). */
    public Optional<JsonElement> json(String name) {
        if (structured != null) {
            return Optional.ofNullable(structured.get(name)).filter(e -> !e.isJsonNull());
        }
        return Optional.ofNullable(env.get(name)).map(com.google.gson.JsonPrimitive::new);
    }

    /** The string attribute {@code name}, if present. */
    public Optional<String> string(String name) throws BuildFailure {
        Optional<JsonElement> value = json(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        JsonElement element = value.get();
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            throw new BuildFailure("attribute '" + name + "' must be a string");
        }
        return Optional.of(element.getAsString());
    }

    /** The string attribute {@code name}, which must be present. */
    public String requireString(String name) throws BuildFailure {
        return string(name).orElseThrow(() -> new BuildFailure("attribute '" + name + "' is missing"));
    }

    /**
     * The Boolean attribute {@code name}: a JSON Boolean when structured, else Nix's environment form
     * ({@code "1"} for true, {@code ""} for false).
     */
    public boolean bool(String name) throws BuildFailure {
        Optional<JsonElement> value = json(name);
        if (value.isEmpty()) {
            return false;
        }
        JsonElement element = value.get();
        if (structured != null) {
            if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isBoolean()) {
                throw new BuildFailure("attribute '" + name + "' must be a Boolean");
            }
            return element.getAsBoolean();
        }
        return element.getAsString().equals("1");
    }

    /**
     * The list-of-strings attribute {@code name}: a JSON list when structured, else the environment's
     * space-separated words (as Nix writes a list into the environment).
     */
    public List<String> strings(String name) throws BuildFailure {
        Optional<JsonElement> value = json(name);
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        if (structured == null) {
            for (String word : value.get().getAsString().split(" ")) {
                if (!word.isEmpty()) {
                    result.add(word);
                }
            }
            return result;
        }
        return strings(value.get(), "attribute '" + name + "'");
    }

    /** The strings of a JSON list, {@code what} (e.g. "attribute 'x'") naming it when it is something else. */
    public static List<String> strings(JsonElement list, String what) throws BuildFailure {
        if (!list.isJsonArray()) {
            throw new BuildFailure(what + " must be a list of strings");
        }
        List<String> result = new ArrayList<>();
        for (JsonElement element : list.getAsJsonArray()) {
            if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
                throw new BuildFailure(what + " must be a list of strings");
            }
            result.add(element.getAsString());
        }
        return result;
    }
}
