package org.nixj.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The base of every error nixj reports to a user: a message, usually the position it is about, the trace of
 * what was being done when it happened (innermost first, shown with {@code --show-trace}) and, sometimes,
 * names the user may have meant.
 *
 * <p>These are expected outcomes of running user code, not bugs, so they carry no Java stack trace
 * (filling one in is costly and it must never be shown). {@link ErrorRenderer} prints them as Nix does.
 */
public abstract class NixError extends RuntimeException {
    private Pos pos;
    private List<Trace> traces = List.of();
    private List<String> suggestions = List.of();

    protected NixError(String message, Pos pos) {
        super(message, null, false, false);
        this.pos = pos;
    }

    /** A frame of the trace: what was being done, and where ({@code pos} may be null). */
    public record Trace(Pos pos, String message) {}

    /** Where the error is, or {@code null} when it has no position. */
    public Pos pos() {
        return pos;
    }

    /** Sets the position if the error has none yet; returns this error. */
    public NixError atPosIfMissing(Pos pos) {
        if (this.pos == null) {
            this.pos = pos;
        }
        return this;
    }

    /** Adds an outer frame to the trace (frames are added from the innermost outwards); returns this error. */
    public NixError addTrace(Pos pos, String message) {
        // An empty message adds no frame: Nix's derivationStrict forces attributes with an empty context to
        // defer to its own "while evaluating attribute" frame.
        if (message.isEmpty()) {
            return this;
        }
        if (traces.isEmpty()) {
            traces = new ArrayList<>(4);
        }
        traces.add(new Trace(pos, message));
        return this;
    }

    /** The trace, innermost frame first. */
    public List<Trace> traces() {
        return Collections.unmodifiableList(traces);
    }

    /** Sets what the user may have meant, best first; returns this error. */
    public NixError withSuggestions(List<String> suggestions) {
        this.suggestions = List.copyOf(suggestions);
        return this;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
