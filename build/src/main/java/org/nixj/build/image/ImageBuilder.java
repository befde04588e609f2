package org.nixj.build.image;

import java.io.IOException;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;
import org.nixj.build.builder.Builder;
import org.nixj.image.io.ImageException;

/**
 * A builder that runs the image writers: what they report about their input (a name clash, a volume id too
 * long, a file that changed while it was read) is worded for the user, so it fails the build as such rather
 * than as an I/O error.
 */
abstract sealed class ImageBuilder implements Builder permits InitrdBuilder, SquashfsBuilder, IsoBuilder {
    @Override
    public final void build(BuildContext context) throws BuildFailure, IOException {
        try {
            write(context);
        } catch (ImageException e) {
            throw new BuildFailure(e.getMessage());
        }
    }

    /** Writes the image (and whatever else the output holds). */
    abstract void write(BuildContext context) throws BuildFailure, IOException;
}
