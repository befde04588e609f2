args@{ a ? args }: a
