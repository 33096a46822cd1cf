-- Kinds of reasons documents give for deviations (主要原因是…), with labels in both languages.
select tag, label_zh, label_en from reason_kinds order by ordinal
