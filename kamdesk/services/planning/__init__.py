"""Planning services (DOMAIN.md §5, seeds 000 and 001): industry
attractiveness and focus (:mod:`.industries`), the annual plan checked
against last year and the industry's growth (:mod:`.annual`), and the
key-account manager's self-development plan (:mod:`.development`)."""
