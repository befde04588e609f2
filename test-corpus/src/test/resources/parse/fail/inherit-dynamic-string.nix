e: { inherit "${e}"; }
