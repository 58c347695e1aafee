package org.govmedia.workflow.publication;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScreeningWordRepository extends JpaRepository<ScreeningWord, Long> {

  Optional<ScreeningWord> findByKindAndWord(ScreeningKind kind, String word);
}
